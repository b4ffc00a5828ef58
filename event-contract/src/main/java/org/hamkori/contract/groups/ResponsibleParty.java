package org.hamkori.contract.groups;

/**
 * Who carries out an action agreed on a safety issue: the police, the local government (hukumat), a school,
 * the health services, the community itself, or another body.
 */
public enum ResponsibleParty { POLICE, HUKUMAT, SCHOOL, HEALTH, COMMUNITY, OTHER }
