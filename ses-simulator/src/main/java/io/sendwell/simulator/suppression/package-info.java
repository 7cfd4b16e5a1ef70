/** The account-level suppression list (PutSuppressedDestination, Get/Delete/ListSuppressedDestinations). */
package io.sendwell.simulator.suppression;
