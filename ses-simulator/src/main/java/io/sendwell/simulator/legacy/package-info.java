/**
 * A stand-in for the legacy systems that send through Sendwell's JMS request queue
 * ({@code jms/sendwell/SendRequestQueue}). Tests run outside Liberty without a Liberty JMS client,
 * so these control endpoints put a request on the queue, wait for the reply on a temporary queue and
 * hand it back over HTTP: in process ({@code LegacySendRequestsResource}), or through the remote TLS
 * port with credentials, as a legacy system connects ({@code LegacyRemoteClientResource}, only while
 * remote JMS is on). Local and test servers only.
 */
package io.sendwell.simulator.legacy;
