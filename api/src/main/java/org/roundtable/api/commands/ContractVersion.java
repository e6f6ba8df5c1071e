package org.roundtable.api.commands;

/** The version number created by {@link DraftContractTerms}. */
public record ContractVersion(int version) {}
