package io.sendwell.maildomain.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The exact records a tenant must publish so SES can sign, bounce-handle and align its mail. */
public final class RequiredDnsRecords {

    static final String MAIL_FROM_SPF = "v=spf1 include:amazonses.com ~all";
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

    private final List<DnsRecord> dkim;
    private final DnsRecord mailFromMx;
    private final DnsRecord mailFromSpf;
    private final DnsRecord dmarc;

    private RequiredDnsRecords(List<DnsRecord> dkim, DnsRecord mailFromMx, DnsRecord mailFromSpf, DnsRecord dmarc) {
        this.dkim = List.copyOf(dkim);
        this.mailFromMx = mailFromMx;
        this.mailFromSpf = mailFromSpf;
        this.dmarc = dmarc;
    }

    /** The records for the setup's DKIM mode: three CNAMEs, or the BYODKIM TXT record. */
    public static RequiredDnsRecords of(SesDomainSetup setup) {
        if (setup.byoDkim() == null) {
            return forEasyDkim(setup);
        }
        DnsRecord txt = byoDkimTxt(setup.domain(), setup.byoDkim().selector(), setup.byoDkim().publicKey());
        return new RequiredDnsRecords(List.of(txt), mailFromMx(setup), mailFromSpf(setup), dmarc(setup));
    }

    public static RequiredDnsRecords forEasyDkim(SesDomainSetup setup) {
        List<DnsRecord> dkim = setup.dkimTokens().stream().map(token -> easyDkimCname(setup.domain(), token)).toList();
        return new RequiredDnsRecords(dkim, mailFromMx(setup), mailFromSpf(setup), dmarc(setup));
    }

    /** Bring-your-own-DKIM: the tenant's selector and public key replace the three CNAMEs. */
    public static DnsRecord byoDkimTxt(String domain, String selector, String publicKey) {
        String strippedKey = publicKey
                .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        if (!BASE64.matcher(strippedKey).matches()) {
            throw new IllegalArgumentException("the DKIM public key must be base64 (PEM armour is removed)");
        }
        String name = DnsNames.requireHostName(selector + "._domainkey." + domain, "DKIM selector");
        return new DnsRecord(RecordType.TXT, name, "v=DKIM1; k=rsa; p=" + strippedKey, RecordPurpose.DKIM,
                "Publishes the public half of your own DKIM key so receivers can check the signatures SES adds "
                        + "with your private key. Many DNS hosts need a value longer than 255 characters split "
                        + "into several quoted strings; they are joined without spaces.");
    }

    public List<DnsRecord> dkim() {
        return dkim;
    }

    public DnsRecord mailFromMx() {
        return mailFromMx;
    }

    public DnsRecord mailFromSpf() {
        return mailFromSpf;
    }

    public DnsRecord dmarc() {
        return dmarc;
    }

    public List<DnsRecord> all() {
        List<DnsRecord> all = new ArrayList<>(dkim);
        all.add(mailFromMx);
        all.add(mailFromSpf);
        all.add(dmarc);
        return List.copyOf(all);
    }

    private static DnsRecord easyDkimCname(String domain, String token) {
        return new DnsRecord(RecordType.CNAME, token + "._domainkey." + domain, token + ".dkim.amazonses.com",
                RecordPurpose.DKIM,
                "Lets receivers find the key SES signs your mail with (DKIM). SES rotates the key behind "
                        + "this name, so publish it as a CNAME, not as a copied TXT record.");
    }

    private static DnsRecord mailFromMx(SesDomainSetup setup) {
        return new DnsRecord(RecordType.MX, setup.mailFromDomain(), "10 " + setup.feedbackMxHost(),
                RecordPurpose.MAIL_FROM_MX,
                "Bounces and complaints for mail sent through SES in " + setup.region() + " go to "
                        + setup.mailFromDomain() + "; this must be its only MX record, pointing at the same "
                        + "region as your SES account.");
    }

    private static DnsRecord mailFromSpf(SesDomainSetup setup) {
        return new DnsRecord(RecordType.TXT, setup.mailFromDomain(), MAIL_FROM_SPF, RecordPurpose.MAIL_FROM_SPF,
                "Receivers check SPF against the envelope sender " + setup.mailFromDomain()
                        + ", not against your main domain. This record authorises SES to send for it, and "
                        + "because it is a subdomain of " + setup.domain() + " it aligns for DMARC.");
    }

    private static DnsRecord dmarc(SesDomainSetup setup) {
        String reportDomain = setup.dmarcReportAddress().substring(setup.dmarcReportAddress().indexOf('@') + 1);
        String externalReports = DnsNames.normalize(reportDomain).equals(setup.domain())
                || DnsNames.isSubdomainOf(reportDomain, setup.domain())
                ? ""
                : " Reports go to another domain, so " + reportDomain + " must publish a TXT record "
                        + setup.domain() + "._report._dmarc." + reportDomain + " = \"v=DMARC1\" to accept them.";
        return new DnsRecord(RecordType.TXT, "_dmarc." + setup.domain(),
                "v=DMARC1; p=none; rua=mailto:" + setup.dmarcReportAddress(), RecordPurpose.DMARC,
                "Tells receivers what to do with mail that fails SPF and DKIM alignment and where to send daily "
                        + "reports. Start with p=none to only collect reports. When the reports show that all "
                        + "legitimate mail passes (usually after 2-4 weeks), move to p=quarantine and then to "
                        + "p=reject so spoofed mail is refused. Keep alignment relaxed (the default): your MAIL "
                        + "FROM is a subdomain, which strict SPF alignment (aspf=s) would reject."
                        + externalReports);
    }
}
