package org.hamkori.contract.reference;

public record Region(String code, LocalizedName name) {
}
