/** Reputation counters in the database and the JSON of enforcement events. */
package io.sendwell.reputation.control;
