/**
 * Sign-in protection shared by the console's form login and the admin API's HTTP Basic:
 * {@link io.sendwell.signin.boundary.SignInGuard} refuses throttled attempts before any password
 * is checked and writes a bounded number of audit rows per burst (decision 0013).
 */
package io.sendwell.signin.boundary;
