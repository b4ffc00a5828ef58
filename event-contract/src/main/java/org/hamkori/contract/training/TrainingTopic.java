package org.hamkori.contract.training;

public enum TrainingTopic { COMMUNITY_POLICING_PRINCIPLES, PEACEBUILDING, DIALOGUE, CONFLICT_ANALYSIS }
