package io.sendwell.maildomain.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What every {@link DnsLookup} must do; each implementation's test implements this interface. */
interface DnsLookupContract {

    DnsLookup lookup();

    void publishTxt(String name, String... strings);

    void publishCname(String name, String target);

    void publishMx(String name, int preference, String host);

    void unpublish(String name);

    /** Makes every lookup fail without an answer (timeout, SERVFAIL). */
    void breakResolver();

    @Test
    default void txtStringsOfOneRecordAreJoinedWithoutSpaces() {
        publishTxt("example.com", "v=spf1 include:_spf.google.com ", "~all");

        assertThat(lookup().txt("example.com")).containsExactly("v=spf1 include:_spf.google.com ~all");
    }

    @Test
    default void everyTxtRecordAtANameIsReturned() {
        publishTxt("example.com", "v=spf1 -all");
        publishTxt("example.com", "google-site-verification=abc");

        assertThat(lookup().txt("example.com"))
                .containsExactlyInAnyOrder("v=spf1 -all", "google-site-verification=abc");
    }

    @Test
    default void unknownNameIsAnEmptyAnswerNotAFailure() {
        assertThat(lookup().txt("nothing-here.example.com")).isEmpty();
        assertThat(lookup().cname("nothing-here.example.com")).isEmpty();
        assertThat(lookup().mx("nothing-here.example.com")).isEmpty();
    }

    @Test
    default void nameWithoutTheAskedTypeIsAnEmptyAnswer() {
        publishTxt("mail.example.com", "v=spf1 include:amazonses.com ~all");

        assertThat(lookup().mx("mail.example.com")).isEmpty();
    }

    @Test
    default void cnameTargetComesBackNormalized() {
        publishCname("abc._domainkey.example.com", "ABC.dkim.AmazonSES.com.");

        assertThat(lookup().cname("ABC._domainkey.Example.com.")).containsExactly("abc.dkim.amazonses.com");
    }

    @Test
    default void mxCarriesPreferenceAndHost() {
        publishMx("mail.example.com", 10, "feedback-smtp.eu-west-1.amazonses.com.");

        assertThat(lookup().mx("mail.example.com"))
                .containsExactly(new MailExchanger(10, "feedback-smtp.eu-west-1.amazonses.com"));
    }

    @Test
    default void aRemovedRecordIsGoneOnTheNextCheck() {
        publishTxt("_dmarc.example.com", "v=DMARC1; p=none");
        assertThat(lookup().txt("_dmarc.example.com")).hasSize(1);

        unpublish("_dmarc.example.com");

        assertThat(lookup().txt("_dmarc.example.com")).isEmpty();
    }

    @Test
    default void aChangedRecordIsSeenOnTheNextCheck() {
        publishMx("mail.example.com", 10, "feedback-smtp.us-east-1.amazonses.com");
        assertThat(lookup().mx("mail.example.com")).extracting(MailExchanger::host)
                .containsExactly("feedback-smtp.us-east-1.amazonses.com");

        unpublish("mail.example.com");
        publishMx("mail.example.com", 10, "feedback-smtp.eu-west-1.amazonses.com");

        assertThat(lookup().mx("mail.example.com")).extracting(MailExchanger::host)
                .containsExactly("feedback-smtp.eu-west-1.amazonses.com");
    }

    @Test
    default void aResolverWithoutAnswerIsAFailureNotAMissingRecord() {
        publishTxt("example.com", "v=spf1 -all");
        breakResolver();

        assertThatThrownBy(() -> lookup().txt("example.com")).isInstanceOf(DnsLookupException.class);
    }

    /** Such names come from tenants' records (include:a..b); asking for them must not blow up the check. */
    @Test
    default void aNameDnsCannotHoldHasNoRecords() {
        String tooLongLabel = "a".repeat(64) + ".example.com";

        assertThat(lookup().txt("a..b")).isEmpty();
        assertThat(lookup().cname(".example.com")).isEmpty();
        assertThat(lookup().mx(tooLongLabel)).isEmpty();
        assertThat(lookup().txt("x".repeat(250) + ".example.com")).isEmpty();
    }
}
