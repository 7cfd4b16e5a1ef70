/**
 * Reputation rules without any container: the enforcement states, the policy that maps bounce and
 * complaint rates to a state, and the counts it reads. Services load counters, call
 * {@link io.sendwell.reputation.entity.ReputationPolicy#evaluate}, and store the decision.
 */
package io.sendwell.reputation.entity;
