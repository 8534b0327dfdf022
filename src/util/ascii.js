// One test shared by the stages that take a cheaper path for plain ASCII text (most English news): lower-casing is the
// whole normalisation of such text.
/** A character outside ASCII (a UTF-16 code unit above 0x7f). */
export const NON_ASCII = /[\u0080-\uffff]/;
