/** Per-tenant suppression list: addresses that hard-bounced, complained or were added by hand. */
package io.sendwell.suppression.entity;
