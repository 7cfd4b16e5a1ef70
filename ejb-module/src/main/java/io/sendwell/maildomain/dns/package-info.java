/**
 * The container-free core of domain onboarding: which DNS records SES needs for a domain
 * ({@link io.sendwell.maildomain.dns.RequiredDnsRecords}), what is really published
 * ({@link io.sendwell.maildomain.dns.DnsLookup}), and a doctor that compares the two and explains
 * each problem in plain words ({@link io.sendwell.maildomain.dns.DnsDoctor}). Also the SPF and
 * DMARC value objects and a merger that fits {@code include:amazonses.com} into an existing SPF
 * record. No JPA, no EJB: services in {@code maildomain.control} call into this package.
 */
package io.sendwell.maildomain.dns;
