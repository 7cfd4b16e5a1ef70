/**
 * SNS feedback: the intake behind POST /sns/ses-events (verify, then store in the inbox), the batch recorder
 * and the FeedbackService that records each SES event once and applies it.
 */
package io.sendwell.feedback.boundary;
