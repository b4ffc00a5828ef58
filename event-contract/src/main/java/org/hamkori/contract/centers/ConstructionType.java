package org.hamkori.contract.centers;

public enum ConstructionType { NEW_BUILD, RENOVATION }
