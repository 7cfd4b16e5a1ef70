/**
 * Configuration sets with SNS event destinations, SES event-publishing records (Send, Delivery,
 * Bounce, Complaint, DeliveryDelay, Reject) and their delivery as SNS HTTP notifications signed
 * (SignatureVersion 2) with a key and self-signed certificate generated at start-up.
 */
package io.sendwell.simulator.events;
