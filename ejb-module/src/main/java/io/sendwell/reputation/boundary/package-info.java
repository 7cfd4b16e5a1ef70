/** Reputation counters, enforcement transitions, reinstatement and the send path's two questions. */
package io.sendwell.reputation.boundary;
