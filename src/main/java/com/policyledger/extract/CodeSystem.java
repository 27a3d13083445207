package com.policyledger.extract;

/** The code systems a policy lists; CPT covers Category I, II, III and PLA codes. */
public enum CodeSystem { CPT, HCPCS, ICD10CM }
