"""Tests of the analytics stage."""
