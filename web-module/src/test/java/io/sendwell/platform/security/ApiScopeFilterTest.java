package io.sendwell.platform.security;

import io.sendwell.platform.api.ApiResource;
import io.sendwell.platform.entity.ApiScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ApiScopeFilterTest {

    @ParameterizedTest(name = "{0}.{1} needs {2}")
    @CsvSource({
            "sending.api.MessagesResource,       send,     SEND",
            "sending.api.MessagesResource,       list,     READ",
            "sending.api.MessagesResource,       get,      READ",
            "tenant.api.ApiKeysResource,         create,   MANAGE",
            "tenant.api.ApiKeysResource,         revoke,   MANAGE",
            "tenant.api.ApiKeysResource,         list,     READ",
            "maildomain.api.MailDomainsResource, add,      MANAGE",
            "maildomain.api.MailDomainsResource, remove,   MANAGE",
            "maildomain.api.MailDomainsResource, dnsCheck, MANAGE",
            "mailbox.api.MailboxesResource,      create,   MANAGE",
            "mailbox.api.MailboxesResource,      update,   MANAGE",
            "mailbox.api.MailboxesResource,      delete,   MANAGE",
            "suppression.api.SuppressionsResource, add,    MANAGE",
            "suppression.api.SuppressionsResource, remove, MANAGE",
            "suppression.api.SuppressionsResource, search, READ",
            "tenant.api.TenantsResource,         update,   MANAGE",
            "tenant.api.TenantsResource,         get,      READ",
    })
    void eachOperationNeedsItsScope(String resource, String method, ApiScope expected) throws Exception {
        assertThat(ApiScopeFilter.requiredScope(method(Class.forName("io.sendwell." + resource), method))).isEqualTo(expected);
    }

    /** A new endpoint is covered without anyone remembering it: reads need read, everything else manage. */
    @Test
    void everyReadNeedsReadAndOnlySendingAMessageNeedsSend() throws Exception {
        List<Method> operations = resourceClasses().stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                .toList();
        assertThat(operations).hasSizeGreaterThan(30);
        for (Method operation : operations) {
            ApiScope expected = operation.isAnnotationPresent(GET.class) ? ApiScope.READ
                    : operation.getDeclaringClass().getSimpleName().equals("MessagesResource") && operation.getName().equals("send")
                    ? ApiScope.SEND : ApiScope.MANAGE;
            assertThat(ApiScopeFilter.requiredScope(operation)).as(operation.toString()).isEqualTo(expected);
        }
    }

    private static Method method(Class<?> resource, String name) {
        return Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    /** Every JAX-RS resource compiled into the WAR. */
    private static List<Class<?>> resourceClasses() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(ApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            List<String> names = files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith("Resource.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .toList();
            List<Class<?>> resources = new java.util.ArrayList<>();
            for (String name : names) {
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
            return resources;
        }
    }
}
