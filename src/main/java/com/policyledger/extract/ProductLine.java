package com.policyledger.extract;

/** Lines of business a policy statement or code can be scoped to. */
public enum ProductLine { MEDICARE_ADVANTAGE, MEDICARE, COMMERCIAL, MEDICAID, MARKETPLACE, FEP, CHIP }
