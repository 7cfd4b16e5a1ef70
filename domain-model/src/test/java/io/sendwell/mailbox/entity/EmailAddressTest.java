package io.sendwell.mailbox.entity;

import io.sendwell.platform.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "hello@example.com, hello@example.com",
            "First.Last@Example.COM, First.Last@example.com",
            "bounce+label@simulator.amazonses.com, bounce+label@simulator.amazonses.com",
            "info@bücher.de, info@xn--bcher-kva.de",
            "o'neil@example.ie, o'neil@example.ie"
    })
    void acceptsValidAddresses(String input, String expected) {
        assertThat(EmailAddress.of(input).asString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"", "plain", "@example.com", "user@", "a..b@example.com", ".a@example.com",
            "a b@example.com", "user@localhost", "jörg@example.com", "user@exa mple.com",
            "user@example.com\r\nBcc: victim@example.com"})
    void rejectsInvalidAddresses(String input) {
        assertThatThrownBy(() -> EmailAddress.of(input)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesHeaderInjectionWithAClearReason() {
        assertThatThrownBy(() -> EmailAddress.of("a@example.com\nBcc: x@evil.com"))
                .hasMessageContaining("line breaks");
    }

    @Test
    void normalisedFormIgnoresCase() {
        assertThat(EmailAddress.of("Info@Example.com").normalised()).isEqualTo("info@example.com");
    }
}
