"""Quantized CPU generation: the language model's and projector's linear layers in int8 or int4.

Two backends, chosen by measurement (``benchmarks/bench_cpu_quantized.py``, ``docs/inference.md``):

* ``int8``: torch's own dynamically quantized ``Linear`` (``torch.ao.quantization.quantize_dynamic``,
  fbgemm / x86 kernels): int8 weights with one scale per output channel, activations quantized per
  call. It ships with torch, so it needs no extra package, and it was the fastest int8 kernel on the
  measured CPU. torch marks its eager quantization API for a move to torchao; torchao's own int8
  and int4 weight-only paths on CPU run fast only under ``torch.compile`` (eager they were 10x
  *slower* than float32 here), and torch is pinned, so this stays the int8 path until then;
* ``int4``: ONNX Runtime's ``MatMulNBits`` kernel (4-bit weights in blocks of 32 with one scale
  each, activations in int8 blocks, ``accuracy_level=4``), one small ONNX graph per layer. torch's
  and torchao's int4 CPU kernels were slower than float32 at batch 1 on this CPU; optimum-quanto's
  int4 did not run in inference mode. Needs the ``cpu-int4`` extra (``onnxruntime``, ``onnx``).
  Experimental: it changed most greedy reports of a model trained in the benchmark, and at Phi-2
  size its per-layer sessions held more memory than float32 (``docs/inference.md``); use ``int8``.

The vision encoder and the token embeddings stay in float32: the encoder runs once per image, and
an embedding lookup reads one row per token. Quantization is applied to float weights: while loading a
safetensors folder (:class:`StreamingQuantizer`, so the float32 model is never whole in memory),
otherwise after loading; ``slava-convert --quantize`` records the mode with an exported model so
that the slava tools re-apply it on every load.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import torch
from torch import nn

from slava_lightning.model import SlavaModel

#: ``--quantize`` choices.
QUANTIZE_MODES = ("none", "int8", "int4")
#: Weights per int4 scale (ONNX Runtime ``MatMulNBits`` ``block_size``).
INT4_BLOCK = 32


def check_mode(mode: str) -> str:
    """``mode`` when it is one of :data:`QUANTIZE_MODES`, else ``ValueError``."""
    if mode not in QUANTIZE_MODES:
        raise ValueError(f"quantization mode must be one of {QUANTIZE_MODES}, got {mode!r}")
    return mode


def resolve_mode(requested: str | None, recorded: str | None, device: str = "cpu") -> str:
    """The mode to run: ``--quantize`` when given, else the checkpoint's recorded mode, else none.

    A recorded mode is a CPU setting: on another device the model runs as it was saved.
    """
    if requested is not None:
        return check_mode(requested)
    return check_mode(recorded or "none") if str(device) == "cpu" else "none"


def quantize_for_cpu(model: SlavaModel, mode: str, device: str = "cpu") -> SlavaModel:
    """Quantize ``model``'s language model (head included) and projector in place for CPU.

    Args:
        model: a float32 :class:`SlavaModel` on the CPU.
        mode: ``none`` (returns the model as it is), ``int8`` or ``int4`` (see the module doc).
        device: where the model will run; anything but ``cpu`` is refused (on CUDA, use
            ``--load-in-8bit`` / ``--load-in-4bit``).

    Raises:
        ValueError: an unknown mode, a non-CPU device, weights that are not float32, or ``int4``
            without ONNX Runtime installed.
    """
    if check_quantizable(model, mode, device) == "none":
        return model
    make = _layer_factory(mode)
    with _quiet():
        for part in (model.language_model, model.projector):
            # Layer by layer, holding no reference to the replaced layers: each float weight is
            # freed as soon as its quantized copy exists, so memory never holds both whole copies.
            for parent in _linear_parents(part):
                for name in _linear_names(parent):
                    setattr(parent, name, make(getattr(parent, name)))
    return model.eval()


def check_quantizable(model: SlavaModel, mode: str, device: str = "cpu") -> str:
    """``mode`` when ``model`` can be quantized that way on ``device``; ``ValueError`` otherwise.

    The checks of :func:`quantize_for_cpu`, made before any weight is read when loading streams.
    """
    check_mode(mode)
    if mode == "none":
        return mode
    if str(device) != "cpu":
        raise ValueError(
            f"--quantize {mode} runs on the CPU (device={device!r}); on a CUDA GPU use "
            "--load-in-8bit or --load-in-4bit (bitsandbytes)"
        )
    dtype = next(model.language_model.parameters()).dtype
    if dtype != torch.float32:
        raise ValueError(
            f"--quantize {mode} quantizes float32 weights, but the model is in {dtype}; "
            "load it with --dtype float32"
        )
    if mode == "int4":
        _int4_factory()  # ONNX Runtime must be importable
    return mode


class StreamingQuantizer:
    """Quantize each ``Linear`` of a model *while* its weights are being loaded.

    A loader builds the model without touching its weight memory (``skip_init``: the pages of an
    untouched allocation are not resident), copies tensors in one at a time and calls
    :meth:`loaded` with each state-dict key. As soon as all of a layer's tensors are in, the layer
    is replaced by its quantized twin and its float weight freed, so loading peaks near the
    quantized model's size instead of the float32 model's. :meth:`finish` quantizes the layers no
    tensor arrived for (a tied or zero-filled weight) and marks the model, leaving it exactly as
    :func:`quantize_for_cpu` after a full load would.

    Args:
        model: a :class:`SlavaModel` in float32, weights not yet loaded.
        mode: ``int8`` or ``int4`` (``none`` makes every call a no-op).
        device: where the model will run (see :func:`quantize_for_cpu`).

    Example:
        >>> stream = StreamingQuantizer(model, "int8")  # doctest: +SKIP
        >>> for key, tensor in weights: copy_in(key, tensor); stream.loaded(key)  # doctest: +SKIP
        >>> stream.finish()  # doctest: +SKIP
    """

    def __init__(self, model: SlavaModel, mode: str, device: str = "cpu") -> None:
        self.model = model
        self.mode = check_quantizable(model, mode, device)
        self._make = None if self.mode == "none" else _layer_factory(self.mode)
        # state-dict key -> (parent module, child name); keys still awaited per layer
        self._owner: dict[str, tuple[nn.Module, str]] = {}
        self._waiting: dict[tuple[int, str], set[str]] = {}
        if self.mode == "none":
            return
        parts = (("language_model.", model.language_model), ("projector.", model.projector))
        for prefix, part in parts:
            for parent_name, parent in part.named_modules(prefix=prefix.rstrip(".")):
                for name in _linear_names(parent):
                    params = getattr(parent, name).named_parameters(recurse=False)
                    keys = {f"{parent_name}.{name}.{p}" for p, _ in params}
                    for key in keys:
                        self._owner[key] = (parent, name)
                    self._waiting[(id(parent), name)] = keys

    def loaded(self, key: str) -> None:
        """Record that ``key``'s tensor is in; quantize its layer once the layer is complete."""
        owner = self._owner.pop(key, None)
        if owner is None:
            return
        parent, name = owner
        waiting = self._waiting[(id(parent), name)]
        waiting.discard(key)
        if not waiting:
            self._replace(parent, name)

    def finish(self) -> SlavaModel:
        """Quantize the layers still float (no tensor loaded for them); return the marked model."""
        if self.mode == "none":
            return self.model
        for parent, name in {(id(p), n): (p, n) for p, n in self._owner.values()}.values():
            self._replace(parent, name)
        self._owner.clear()
        return self.model.eval()

    def _replace(self, parent: nn.Module, name: str) -> None:
        assert self._make is not None
        if self._waiting.pop((id(parent), name), None) is None:
            return  # already replaced
        with _quiet():
            setattr(parent, name, self._make(getattr(parent, name)))


def quantization_of(model: nn.Module) -> str:
    """The CPU mode ``model``'s layers are in (``int8``, ``int4``; ``none`` when neither).

    Read from the layers themselves, so it holds for a model however it was quantized.
    """
    from torch.ao.nn.quantized.dynamic import Linear as DynamicQuantizedLinear

    for module in model.modules():
        if isinstance(module, Int4Linear):
            return "int4"
        if isinstance(module, DynamicQuantizedLinear):
            return "int8"
    return "none"


def is_quantized(model: nn.Module) -> bool:
    """Whether ``model`` holds quantized layers (CPU modes or bitsandbytes), which stay put:
    moving or casting them is not what their kernels expect."""
    return quantization_of(model) != "none" or any(
        type(m).__module__.startswith("bitsandbytes") for m in model.modules()
    )


def _layer_factory(mode: str) -> Any:
    """A function from a float ``nn.Linear`` to its quantized replacement."""
    if mode == "int8":
        torch.backends.quantized.engine = _x86_engine()
        return _int8_linear
    return _int4_factory()


@contextmanager
def _quiet() -> Iterator[None]:
    with warnings.catch_warnings():
        # The eager API's move to torchao is announced on every call; see the module doc for why
        # it is still the int8 path here.
        warnings.filterwarnings(
            "ignore", message=r"(?s).*torch\.ao\.quantization", category=Warning
        )
        warnings.filterwarnings("ignore", message=r"(?s).*quantize_per_tensor", category=Warning)
        yield


# ----------------------------------------------------------------------------- int8 (torch)
def _int8_linear(linear: nn.Linear) -> nn.Module:
    """The dynamically quantized twin of ``linear`` (int8 weights, one scale per output channel)."""
    from torch.ao.nn.quantized.dynamic import Linear as DynamicQuantizedLinear
    from torch.ao.quantization import per_channel_dynamic_qconfig

    linear.qconfig = per_channel_dynamic_qconfig  # type: ignore[assignment]
    return DynamicQuantizedLinear.from_float(linear)


def _x86_engine() -> str:
    engines = torch.backends.quantized.supported_engines
    for name in ("x86", "fbgemm", "onednn", "qnnpack"):
        if name in engines:
            return name
    raise ValueError(f"this torch build has no quantized CPU engine (supported: {engines})")


# ----------------------------------------------------------------------------- int4 (ONNX Runtime)
def _linear_parents(module: nn.Module) -> list[nn.Module]:
    """The modules with ``nn.Linear`` children.

    Only the parents are listed, never the layers themselves: a list holding every replaced
    float layer would keep all float weights alive until the end (measured at Phi-2 size: 17 GB
    instead of ~5 GB).
    """
    return [m for m in module.modules() if _linear_names(m)]


def _linear_names(parent: nn.Module) -> list[str]:
    return [name for name, child in parent.named_children() if type(child) is nn.Linear]


def _int4_factory() -> Any:
    try:
        import onnx  # noqa: F401
        import onnxruntime  # noqa: F401
    except ImportError:
        raise ValueError(
            "--quantize int4 needs ONNX Runtime: pip install 'slava-lightning[cpu-int4]' "
            "(onnxruntime, onnx)"
        ) from None
    return Int4Linear


def pack_int4(weight: torch.Tensor, block: int = INT4_BLOCK) -> tuple[torch.Tensor, torch.Tensor]:
    """Symmetric 4-bit blocks of a ``[N, K]`` weight in ``MatMulNBits`` layout.

    Returns ``(packed, scales)``: ``packed`` is uint8 ``[N, K / block, block / 2]`` (two weights a
    byte, the even one in the low nibble, stored as ``q + 8`` with ``q`` in ``[-8, 7]``), ``scales``
    float32 ``[N * K / block]``; ``weight ~= (q) * scale`` of its block.
    """
    n, k = weight.shape
    if k % block:
        raise ValueError(f"int4 needs in_features divisible by {block}, got {k}")
    blocks = weight.detach().float().reshape(n, k // block, block)
    scales = blocks.abs().amax(dim=-1).clamp(min=1e-12) / 7
    q = torch.round(blocks / scales[..., None]).clamp(-8, 7).to(torch.int16) + 8
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).to(torch.uint8)
    return packed.contiguous(), scales.reshape(-1).contiguous()


def unpack_int4(packed: torch.Tensor, scales: torch.Tensor) -> torch.Tensor:
    """The float32 ``[N, K]`` weight that :func:`pack_int4`'s blocks stand for."""
    n, nblocks, half = packed.shape
    low = (packed & 0x0F).to(torch.int16) - 8
    high = (packed >> 4).to(torch.int16) - 8
    q = torch.stack([low, high], dim=-1).reshape(n, nblocks, 2 * half).float()
    return (q * scales.reshape(n, nblocks, 1)).reshape(n, nblocks * 2 * half)


class Int4Linear(nn.Module):
    """A ``Linear`` whose weight is held and multiplied by ONNX Runtime's 4-bit ``MatMulNBits``.

    Args:
        linear: the float layer to replace (its weight is packed with :func:`pack_int4`; the bias
            stays float32 and is added by the same ONNX graph).
    """

    def __init__(self, linear: nn.Linear) -> None:
        super().__init__()
        self.in_features = linear.in_features
        self.out_features = linear.out_features
        packed, scales = pack_int4(linear.weight)
        bias = None if linear.bias is None else linear.bias.detach().float().contiguous()
        self._session = _matmul_nbits_session(packed, scales, bias, self.in_features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """``x @ W.T + b`` for ``x`` of shape ``[..., in_features]`` (float32, CPU)."""
        flat = x.reshape(-1, self.in_features).float().contiguous()
        (out,) = self._session.run(None, {"x": flat.numpy()})
        return torch.from_numpy(out).reshape(*x.shape[:-1], self.out_features).to(x.dtype)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, int4"


def _matmul_nbits_session(
    packed: torch.Tensor, scales: torch.Tensor, bias: torch.Tensor | None, k: int
) -> Any:
    import onnxruntime as ort
    from onnx import TensorProto, helper, numpy_helper

    n = packed.shape[0]
    inits = [
        numpy_helper.from_array(packed.numpy(), "w"),
        numpy_helper.from_array(scales.numpy(), "scales"),
    ]
    inputs = ["x", "w", "scales"]
    if bias is not None:  # MatMulNBits' 6th input: zero_points and g_idx left empty
        inits.append(numpy_helper.from_array(bias.numpy(), "bias"))
        inputs += ["", "", "bias"]
    node = helper.make_node(
        "MatMulNBits",
        inputs,
        ["y"],
        domain="com.microsoft",
        K=k,
        N=n,
        bits=4,
        block_size=INT4_BLOCK,
        accuracy_level=4,
    )
    x_info = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["rows", k])
    y_info = helper.make_tensor_value_info("y", TensorProto.FLOAT, ["rows", n])
    graph = helper.make_graph([node], "int4_linear", [x_info], [y_info], inits)
    proto = helper.make_model(
        graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    )
    proto.ir_version = 9
    options = ort.SessionOptions()
    options.intra_op_num_threads = torch.get_num_threads()
    options.inter_op_num_threads = 1
    # Hundreds of one-layer sessions: idle pool threads must sleep, not spin on the shared cores.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    # Each session's arena would keep its largest output (a prefill's) for good: ~200 arenas held
    # 16 GB and growing at Phi-2 size. Plain allocations are freed after every call.
    options.enable_cpu_mem_arena = False
    return ort.InferenceSession(
        proto.SerializeToString(), options, providers=["CPUExecutionProvider"]
    )


__all__ = [
    "INT4_BLOCK",
    "QUANTIZE_MODES",
    "Int4Linear",
    "StreamingQuantizer",
    "check_quantizable",
    "check_mode",
    "pack_int4",
    "is_quantized",
    "quantization_of",
    "quantize_for_cpu",
    "resolve_mode",
    "unpack_int4",
]
