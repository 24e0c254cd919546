with builtins; let values = [ 1 1.5 "s" true null [ ] { } (x: x) ./. map ]; in {
  types = map typeOf values;
  isInt = map isInt values;
  isFloat = map isFloat values;
  isString = map isString values;
  isBool = map isBool values;
  isNull = map isNull values;
  isList = map isList values;
  isAttrs = map isAttrs values;
  isFunction = map isFunction values;
  isPath = map isPath values;
}
