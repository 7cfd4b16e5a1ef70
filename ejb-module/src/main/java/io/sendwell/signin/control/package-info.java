/**
 * Container-free sign-in rules: {@link io.sendwell.signin.control.SignInThrottle} counts failed
 * sign-ins per account and per source address and says when to refuse without checking the
 * password; {@link io.sendwell.signin.control.SignInThrottles} holds the one instance of a server
 * with its configured limits.
 */
package io.sendwell.signin.control;
