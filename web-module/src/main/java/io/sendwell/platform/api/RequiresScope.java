package io.sendwell.platform.api;

import io.sendwell.platform.entity.ApiScope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API key scope one resource method needs when it is not the usual one (GET: read,
 * anything else: manage); see {@code platform.security.ApiScopeFilter}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
    ApiScope value();
}
