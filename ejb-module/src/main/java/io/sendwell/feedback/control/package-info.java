/**
 * Container-free core of SES feedback intake: parse the SNS HTTP body, verify its signature, and
 * turn the SES event inside it into a normalised {@link io.sendwell.feedback.control.SesEvent}.
 * The SNS endpoint and the feedback MDB only wire these together.
 */
package io.sendwell.feedback.control;
