/**
 * SendEmail: parsing of Simple, Raw and Template content, the SES checks in SES order (account,
 * rate and quota, recipients, configuration set, verified identities), recording of accepted
 * messages for {@code GET /sim/messages}, and handing their outcomes to event publishing.
 */
package io.sendwell.simulator.sending;
