/**
 * Input formats: readers that turn NITF, ninjs, ANPA-1312 and IPTC 7901 input (and plain
 * text) into one raw document type, {@link org.wiretext.format.WireDocument}, which the
 * pipeline consumes. The readers sit above the model and below the entry points; this
 * package is not exported from the module: callers use {@code WireParser}.
 */
package org.wiretext.format;
