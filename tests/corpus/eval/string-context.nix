with builtins; let s = "plain"; in {
  has = hasContext s;
  ctx = getContext s;
  discard = unsafeDiscardStringContext "x";
}
