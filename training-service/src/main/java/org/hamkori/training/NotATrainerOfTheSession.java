package org.hamkori.training;

import java.util.UUID;
import org.hamkori.kit.domain.NotPermitted;

/**
 * Someone who is not among a session's trainers (nor admin) asked to do what only they may: record its results,
 * revoke its certificates. Answered as a 403 problem of type {@code not-a-trainer-of-the-session}.
 */
public class NotATrainerOfTheSession extends NotPermitted {

    public NotATrainerOfTheSession(UUID session, String doing, String who) {
        super("not-a-trainer-of-the-session", "Not among the session's trainers", "Only the trainers of session "
                + session + " and admin " + doing + "; " + who + " is not among its trainers");
    }
}
