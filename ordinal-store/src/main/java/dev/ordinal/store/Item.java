package dev.ordinal.store;

/** A contestant of an arena, with its display name. */
public record Item(String arena, String id, String name) {
}
