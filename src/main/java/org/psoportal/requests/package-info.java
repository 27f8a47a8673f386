/**
 * The request catalogue: the kinds of admin work the office offers (request types with a versioned form, a board
 * type, an assignee rule, a target turnaround and a checklist template), and requests filed through them. Filing a
 * request creates the board task through {@code admintasks.TaskFiling} in one transaction and publishes
 * {@link org.psoportal.requests.RequestFiled}; the board shows a request's type and answers through
 * {@code admintasks.TaskExtras}, which this module implements. Owns {@code request_type}, {@code request_form},
 * {@code request} and {@code request_settings}.
 */
@ApplicationModule(displayName = "Request catalogue")
package org.psoportal.requests;

import org.springframework.modulith.ApplicationModule;
