/**
 * Helpers for black-box integration tests ({@code *IT}, failsafe) against the started Liberty
 * server: {@link io.sendwell.it.ApiClient} (credentials + HTTP verbs, base URL from the
 * {@code http.port} system property), {@link io.sendwell.it.ApiResponse} (status, headers, JSON,
 * {@code expect(201)} / {@code expectProblem(400)}), {@link io.sendwell.it.Json} (terse bodies)
 * and {@link io.sendwell.it.TestTenant} (a fresh tenant with an API key and unique names). The
 * database is shared between tests and runs, so every test creates its own uniquely named data.
 */
package io.sendwell.it;
