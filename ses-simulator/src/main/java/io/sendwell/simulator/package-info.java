/**
 * Offline stand-in for the subset of the Amazon SES v2 REST-JSON API that Sendwell uses, plus SES
 * event publishing delivered as signed SNS HTTP notifications. Local and test servers only; state is
 * kept in memory. One sub-package per feature: {@code sending}, {@code identity}, {@code account},
 * {@code suppression}, {@code events}, {@code rules}.
 */
package io.sendwell.simulator;
