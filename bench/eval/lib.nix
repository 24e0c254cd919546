# A small library in the shape of nixpkgs' lib, written for Arca's benchmarks: list and attribute helpers, a fixpoint
# with overlays, `callPackage` with overrides, and a module system (options, types, priorities, mkIf/mkMerge, imports).
let
  inherit (builtins) attrNames foldl' head tail length filter map elem listToAttrs concatMap isAttrs isList isFunction
    isString isInt isBool hasAttr getAttr removeAttrs functionArgs intersectAttrs concatStringsSep genList;
in rec {
  id = x: x;
  const = x: _: x;
  flip = f: a: b: f b a;
  foldr = op: nul: list: let len = length list; go = n: if n == len then nul else op (builtins.elemAt list n) (go (n + 1)); in go 0;
  optional = cond: x: if cond then [ x ] else [ ];
  optionals = cond: xs: if cond then xs else [ ];
  optionalAttrs = cond: as: if cond then as else { };
  nameValuePair = name: value: { inherit name value; };
  mapAttrsToList = f: attrs: map (n: f n attrs.${n}) (attrNames attrs);
  filterAttrs = pred: set: listToAttrs (concatMap (n: let v = set.${n}; in if pred n v then [ (nameValuePair n v) ] else [ ]) (attrNames set));
  genAttrs = names: f: listToAttrs (map (n: nameValuePair n (f n)) names);
  attrByPath = path: default: set:
    if path == [ ] then set
    else if isAttrs set && hasAttr (head path) set then attrByPath (tail path) default set.${head path}
    else default;
  setAttrByPath = path: value: if path == [ ] then value else { ${head path} = setAttrByPath (tail path) value; };
  recursiveUpdate = lhs: rhs:
    lhs // rhs // listToAttrs (concatMap (n:
      if hasAttr n lhs && isAttrs lhs.${n} && isAttrs rhs.${n} then [ (nameValuePair n (recursiveUpdate lhs.${n} rhs.${n})) ] else [ ])
      (attrNames rhs));
  unique = foldl' (acc: x: if elem x acc then acc else acc ++ [ x ]) [ ];
  range = first: last: if first > last then [ ] else genList (n: first + n) (last - first + 1);

  # Fixpoints and overlays, as a package set uses them.
  fix = f: let x = f x; in x;
  extends = overlay: base: final: let prev = base final; in prev // overlay final prev;
  composeManyExtensions = foldr (f: g: final: prev: let fp = f final prev; in fp // g final (prev // fp)) (final: prev: { });

  makeOverridable = f: origArgs:
    let result = if isFunction f then f origArgs else f.__functor f origArgs; in
    if isAttrs result then result // {
      override = newArgs: makeOverridable f (origArgs // (if isFunction newArgs then newArgs origArgs else newArgs));
    } else result;

  # Gives a function the formal arguments `functionArgs` reports, as nixpkgs' lib does for generated functions.
  setFunctionArgs = f: args: { __functor = self: f; __functionArgs = args; };
  functionArgsOf = f: if f ? __functionArgs then f.__functionArgs else functionArgs f;

  callPackageWith = autoArgs: fn: args:
    let
      f = if isFunction fn || fn ? __functor then fn else import fn;
      fargs = functionArgsOf f;
    in makeOverridable f (intersectAttrs fargs autoArgs // args);

  # The module system.
  mkOption = { type ? types.anything, default ? null, description ? "", ... }@attrs: attrs // { _type = "option"; inherit type; };
  mkIf = condition: content: { _type = "if"; inherit condition content; };
  mkMerge = contents: { _type = "merge"; inherit contents; };
  mkOverride = priority: content: { _type = "override"; inherit priority content; };
  mkDefault = mkOverride 1000;
  mkForce = mkOverride 50;

  types = rec {
    mkType = { name, check, merge }: { _type = "type"; inherit name check merge; };
    mergeEqual = name: loc: defs: let first = (head defs).value; in
      if builtins.all (d: d.value == first) defs then first
      else throw "The option `${concatStringsSep "." loc}' has conflicting definitions of type ${name}.";
    anything = mkType { name = "anything"; check = _: true; merge = loc: defs: (head defs).value; };
    str = mkType { name = "str"; check = isString; merge = mergeEqual "str"; };
    int = mkType { name = "int"; check = isInt; merge = mergeEqual "int"; };
    bool = mkType { name = "bool"; check = isBool; merge = loc: defs: builtins.any (d: d.value) defs; };
    listOf = elemType: mkType {
      name = "listOf";
      check = isList;
      merge = loc: defs: concatMap (d: d.value) defs;
    };
    attrsOf = elemType: mkType {
      name = "attrsOf";
      check = isAttrs;
      merge = loc: defs:
        let names = unique (concatMap (d: attrNames d.value) defs); in
        genAttrs names (n: elemType.merge (loc ++ [ n ]) (concatMap (d: optional (hasAttr n d.value) { inherit (d) file; value = d.value.${n}; }) defs));
    };
    submodule = modules: mkType {
      name = "submodule";
      check = x: isAttrs x || isFunction x;
      merge = loc: defs: (evalModules { modules = modules ++ map (d: d.value) defs; prefix = loc; }).config;
    };
  };

  # Flattens `imports`, then merges option declarations and definitions with priorities and conditions.
  evalModules = { modules, specialArgs ? { }, prefix ? [ ] }:
    let
      collect = seen: ms: foldl' (acc: m:
        let
          fn = if isFunction m then m else (_: m);
          value = fn (specialArgs // { inherit config options lib; });
          normalized = if value ? config || value ? options || value ? imports then value else { config = value; };
          lib = libSelf;
        in acc ++ [ normalized ] ++ collect seen (normalized.imports or [ ])) [ ] ms;
      allModules = collect [ ] modules;

      declarations = foldl' recursiveUpdate { } (map (m: m.options or { }) allModules);

      # Definitions of the option at `path` in one module's config: mkMerge/mkIf/mkOverride met on the way down are
      # pushed onto the definitions below them, so conditions are only forced when their own option is read.
      defsAt = path: v:
        if path == [ ] then [ v ]
        else if isAttrs v && (v._type or "") == "merge" then concatMap (defsAt path) v.contents
        else if isAttrs v && (v._type or "") == "if" then map (mkIf v.condition) (defsAt path v.content)
        else if isAttrs v && (v._type or "") == "override" then map (mkOverride v.priority) (defsAt path v.content)
        else if isAttrs v && hasAttr (head path) v then defsAt (tail path) v.${head path}
        else [ ];

      # A leaf definition as a list of { priority, value }: false conditions vanish, merges flatten.
      discharge = priority: v:
        if isAttrs v && (v._type or "") == "merge" then concatMap (discharge priority) v.contents
        else if isAttrs v && (v._type or "") == "if" then (if v.condition then discharge priority v.content else [ ])
        else if isAttrs v && (v._type or "") == "override" then discharge v.priority v.content
        else [ { inherit priority; file = "<module>"; value = v; } ];

      definitionsAt = path: concatMap (m: concatMap (discharge 100) (defsAt path (m.config or { }))) allModules;

      evalOption = path: opt:
        let
          defs = definitionsAt path;
          best = foldl' (p: d: if d.priority < p then d.priority else p) 9999 defs;
          winning = filter (d: d.priority == best) defs;
        in
        if winning == [ ] then
          (if opt ? default then opt.default else throw "The option `${concatStringsSep "." (prefix ++ path)}' is used but not defined.")
        else
          let merged = opt.type.merge (prefix ++ path) winning; in
          if opt.type.check merged then merged
          else throw "A definition for option `${concatStringsSep "." (prefix ++ path)}' is not of type `${opt.type.name}'.";

      walk = path: decl:
        if isAttrs decl && (decl._type or "") == "option" then evalOption path decl
        else builtins.mapAttrs (n: v: walk (path ++ [ n ]) v) decl;

      options = declarations;
      config = walk [ ] declarations;
    in { inherit config options; };

  libSelf = import ./lib.nix;
}
