/** Suppression lists per tenant: the API's use cases and the send path's check. */
package io.sendwell.suppression.boundary;
