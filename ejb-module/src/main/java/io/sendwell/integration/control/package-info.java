/** JMS for legacy systems: the events topic. */
package io.sendwell.integration.control;
