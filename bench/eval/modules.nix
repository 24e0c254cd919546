# A NixOS-shaped workload: hundreds of modules declaring options (services with submodules, lists, attrsets,
# priorities and conditions) and defining each other's configuration, evaluated with lib.evalModules; the result
# forces the whole configuration, as building a system would.
{ count ? 400 }:
let
  lib = import ./lib.nix;
  inherit (lib) mkOption mkIf mkMerge mkDefault mkForce types;
  inherit (builtins) genList toString;

  serviceModule = i: { config, ... }: {
    options.services."svc${toString i}" = {
      enable = mkOption { type = types.bool; default = false; };
      port = mkOption { type = types.int; default = 1000 + i; };
      user = mkOption { type = types.str; default = "svc${toString i}"; };
      extraArgs = mkOption { type = types.listOf types.str; default = [ ]; };
      environment = mkOption { type = types.attrsOf types.str; default = { }; };
      instances = mkOption {
        type = types.attrsOf (types.submodule [ { options.weight = mkOption { type = types.int; default = 1; }; } ]);
        default = { };
      };
    };
    config = mkMerge [
      (mkIf config.services."svc${toString i}".enable {
        users."svc${toString i}" = { uid = 1000 + i; home = "/var/lib/svc${toString i}"; };
        ports = [ config.services."svc${toString i}".port ];
        environment.etc."svc${toString i}.conf" = "port=${toString config.services."svc${toString i}".port}";
      })
      { services."svc${toString i}".extraArgs = [ "--id=${toString i}" ]; }
    ];
  };

  usersModule = { ... }: {
    options.users = mkOption { type = types.attrsOf types.anything; default = { }; };
    options.ports = mkOption { type = types.listOf types.int; default = [ ]; };
    options.environment.etc = mkOption { type = types.attrsOf types.str; default = { }; };
  };

  hostModule = { config, ... }: {
    config = {
      services = builtins.listToAttrs (genList (i: {
        name = "svc${toString i}";
        value = {
          enable = mkDefault (i / 2 * 2 == i);
          environment = { SVC_ID = toString i; MODE = if i / 3 * 3 == i then "fast" else "slow"; };
          instances = { a.weight = i; b = { }; };
          port = if i / 5 * 5 == i then mkForce (20000 + i) else mkDefault (1000 + i);
        };
      }) count);
    };
  };

  system = lib.evalModules { modules = [ usersModule hostModule ] ++ genList serviceModule count; };
  cfg = system.config;
in {
  users = builtins.length (builtins.attrNames cfg.users);
  ports = builtins.foldl' (a: b: a + b) 0 cfg.ports;
  etc = builtins.length (builtins.attrNames cfg.environment.etc);
  weights = builtins.foldl' (a: n: a + cfg.services.${n}.instances.a.weight + cfg.services.${n}.instances.b.weight) 0
    (builtins.attrNames cfg.services);
  args = builtins.concatStringsSep "," (builtins.concatMap (n: cfg.services.${n}.extraArgs) (builtins.attrNames cfg.services));
}
