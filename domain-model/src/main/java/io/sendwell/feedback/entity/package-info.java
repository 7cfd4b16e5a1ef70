/** What SES told us about sent mail, recorded once per event. */
package io.sendwell.feedback.entity;
