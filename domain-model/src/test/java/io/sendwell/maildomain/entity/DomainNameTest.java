package io.sendwell.maildomain.entity;

import io.sendwell.platform.entity.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainNameTest {

    @ParameterizedTest(name = "{0} normalises to {1}")
    @CsvSource({
            "example.com, example.com",
            "Example.COM, example.com",
            "mail.example.co.uk., mail.example.co.uk",
            "bücher.de, xn--bcher-kva.de",
            "ÉCOLE.fr, xn--cole-9oa.fr",
            "acme.test, acme.test",
            "a-b.example, a-b.example"
    })
    void acceptsAndNormalisesValidNames(String input, String expected) {
        assertThat(DomainName.of(input).asString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"", " ", "localhost", "com", "-bad.com", "bad-.com", "exa mple.com", "example..com",
            "example.c0m1", "printer.local", "foo.invalid", "under_score.com", "a.localhost", "x.123"})
    void rejectsInvalidOrReservedNames(String input) {
        assertThatThrownBy(() -> DomainName.of(input)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd"})
    void rejectsLabelsOfWrongLength(String label) {
        String name = label.length() > 63 ? label + ".com" : "x." + label;
        if (label.length() > 63) {
            assertThatThrownBy(() -> DomainName.of(name)).isInstanceOf(InvalidInputException.class);
        } else {
            assertThatThrownBy(() -> DomainName.of(name)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("top-level");
        }
    }

    @ParameterizedTest(name = "{0} strict subdomain of {1}: {2}")
    @CsvSource({
            "mail.example.com, example.com, true",
            "example.com, example.com, false",
            "badexample.com, example.com, false",
            "a.b.example.com, example.com, true"
    })
    void knowsItsSubdomains(String child, String parent, boolean expected) {
        assertThat(DomainName.of(child).isStrictSubdomainOf(DomainName.of(parent))).isEqualTo(expected);
    }
}
