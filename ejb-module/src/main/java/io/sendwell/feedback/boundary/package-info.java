/**
 * SNS feedback: the intake behind POST /sns/ses-events (verify, then queue), the FeedbackListener MDB
 * and the FeedbackService that records each SES event once and applies it.
 */
package io.sendwell.feedback.boundary;
