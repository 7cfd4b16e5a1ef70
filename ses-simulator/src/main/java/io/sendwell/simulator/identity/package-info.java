/**
 * Email identities (domains and addresses): creation with Easy DKIM tokens or BYODKIM, verification
 * after a configurable delay, custom MAIL FROM, and the "may this address send" check.
 */
package io.sendwell.simulator.identity;
