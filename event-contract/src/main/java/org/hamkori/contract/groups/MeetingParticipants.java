package org.hamkori.contract.groups;

public record MeetingParticipants(int female, int male, int police, int community) {
    public int total() {
        return female + male;
    }
}
