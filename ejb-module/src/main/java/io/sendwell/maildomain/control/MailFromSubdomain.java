package io.sendwell.maildomain.control;

import io.sendwell.maildomain.dns.DnsLookup;
import io.sendwell.maildomain.dns.DnsLookupException;
import io.sendwell.maildomain.dns.MailExchanger;
import io.sendwell.maildomain.entity.DomainName;
import io.sendwell.platform.entity.InvalidInputException;

import java.util.List;
import java.util.logging.Logger;

/**
 * SES needs a MAIL FROM subdomain used for nothing else: its MX must be SES's alone, and a CNAME
 * there would hide any MX. A name already in use for mail elsewhere is refused at creation, when
 * the tenant can still pick another label. A resolver that does not answer does not block the
 * creation: the doctor reports the same conflict later.
 */
public final class MailFromSubdomain {

    private static final Logger LOG = Logger.getLogger(MailFromSubdomain.class.getName());

    private MailFromSubdomain() {
    }

    public static void requireUsable(DomainName domain, DomainName mailFrom, DnsLookup dns) {
        if (!mailFrom.isStrictSubdomainOf(domain)) {
            throw new InvalidInputException("mailFromDomain '" + mailFrom + "' must be a subdomain of '" + domain
                    + "' (for example mail." + domain + "), not the domain itself or another domain");
        }
        try {
            List<String> cname = dns.cname(mailFrom.asString());
            if (!cname.isEmpty()) {
                throw new InvalidInputException("mailFromDomain '" + mailFrom + "' is already in use (a CNAME to "
                        + cname.get(0) + "); choose a subdomain that is used for nothing else");
            }
            List<MailExchanger> foreign = dns.mx(mailFrom.asString()).stream()
                    .filter(mx -> !(mx.host().startsWith("feedback-smtp.") && mx.host().endsWith(".amazonses.com")))
                    .toList();
            if (!foreign.isEmpty()) {
                throw new InvalidInputException("mailFromDomain '" + mailFrom + "' already receives mail (MX "
                        + foreign.get(0) + "); choose a subdomain that is used for nothing else");
            }
        } catch (DnsLookupException e) {
            LOG.info(() -> "MAIL FROM " + mailFrom + " not checked in DNS at creation: " + e.getMessage());
        }
    }
}
