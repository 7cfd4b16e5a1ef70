/**
 * What happens to a message after SES accepts it, per recipient: the SES mailbox simulator addresses,
 * the account suppression list, then a rule table that tests and demos set through {@code PUT /sim/rules}.
 */
package io.sendwell.simulator.rules;
