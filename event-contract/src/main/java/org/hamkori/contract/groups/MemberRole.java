package org.hamkori.contract.groups;

public enum MemberRole { POLICE_OFFICER, COMMUNITY_REPRESENTATIVE }
