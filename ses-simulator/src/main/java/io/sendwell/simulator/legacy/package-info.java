/**
 * A stand-in for the legacy systems that send through Sendwell's JMS request queue
 * ({@code jms/sendwell/SendRequestQueue}). Tests run outside Liberty and the messaging engine's
 * remote port is closed, so this control endpoint puts a request on the queue in-process, waits
 * for the reply on a temporary queue and hands it back over HTTP. Local and test servers only.
 */
package io.sendwell.simulator.legacy;
