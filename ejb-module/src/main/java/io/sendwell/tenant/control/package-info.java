/** Internal helpers of the tenant feature: the short cache of console users' standing that every console request re-checks. */
package io.sendwell.tenant.control;
