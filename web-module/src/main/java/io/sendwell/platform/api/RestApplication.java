package io.sendwell.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The Sendwell REST API. The OpenAPI document is served at /openapi (UI at /openapi/ui). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Sendwell API", version = "1",
        description = "Tenants, domains, mailboxes, API keys, messages, suppressions and reputation. "
                + "Platform administrators use HTTP Basic; tenants use 'Authorization: Bearer <api key>'."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {
}
