/** Shared building blocks of the domain model: the exception family, identifiers, JPA converters. */
package io.sendwell.platform.entity;
