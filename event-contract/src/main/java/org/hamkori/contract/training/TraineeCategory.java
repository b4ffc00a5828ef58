package org.hamkori.contract.training;

public enum TraineeCategory { POLICE_OFFICER, CITIZEN }
